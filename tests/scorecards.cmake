# Agent scorecards (issue 6): the scorecard book (presets, pooled team, trends).
kefu_add_test(tst_scorecardbook tst_scorecardbook.cpp TestSupport.h ExampleData.h)
# The scorecards pane (GUI, offscreen) on a small demo store.
kefu_add_test(tst_scorecardspane tst_scorecardspane.cpp TestSupport.h GUI)
