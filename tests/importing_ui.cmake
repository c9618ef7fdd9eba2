# The import wizard of the window (issue 4), driven through the real dialog.
kefu_add_test(tst_importwizard tst_importwizard.cpp TestSupport.h GUI)
