# The queue's live view: figures by hand, incremental refresh against a full read, forecast and staffing.
kefu_add_test(tst_livequeue tst_livequeue.cpp TestSupport.h ExampleData.h)
# The queue monitor pane (GUI, offscreen).
kefu_add_test(tst_queuepane tst_queuepane.cpp TestSupport.h ExampleData.h GUI)
# The running totals against a full read while the simulator plays across midnight.
kefu_add_test(tst_liveincremental tst_liveincremental.cpp TestSupport.h)
