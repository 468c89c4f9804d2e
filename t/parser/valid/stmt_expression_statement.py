42
name
call()
"a string that is not a docstring because it comes second"
