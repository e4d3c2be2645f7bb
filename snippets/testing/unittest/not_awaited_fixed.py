from _runtests import run_tests

run_tests("_test_not_awaited_fixed")
