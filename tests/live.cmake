# The queue's live view: figures by hand, incremental refresh against a full read, forecast and staffing.
kefu_add_test(tst_livequeue tst_livequeue.cpp TestSupport.h ExampleData.h)
