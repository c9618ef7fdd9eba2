# QA forms, review entry and the review list (issue 6).
kefu_add_test(tst_qaforms tst_qaforms.cpp TestSupport.h)
kefu_add_test(tst_qadialogs tst_qadialogs.cpp TestSupport.h GUI)
