# Agent scorecards (issue 6): the scorecard book (presets, pooled team, trends).
kefu_add_test(tst_scorecardbook tst_scorecardbook.cpp TestSupport.h ExampleData.h)
