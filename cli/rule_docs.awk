# Makes cli/rule_docs.c from doc/rules/*.md: the text of each rule, for `pyreview rule CODE`
# and the descriptions of SARIF output.  Each file becomes one C string, named by the
# file's base name (the rule's code).  Run as: awk -f rule_docs.awk doc/rules/*.md
BEGIN {
    print "/* The rules' texts, made by cli/rule_docs.awk from doc/rules/CODE.md; edit those. */"
    print "#include \"cli/cli.h\""
    print ""
    print "const pr_cli_rule_text pr_cli_rule_texts[] = {"
}
FNR == 1 {
    if (NR > 1)
        print "    },"
    code = FILENAME
    sub(/.*\//, "", code)
    sub(/\.md$/, "", code)
    printf "    {\"%s\",\n", code
}
{
    line = $0
    sub(/\r$/, "", line)
    gsub(/\\/, "\\\\", line)
    gsub(/"/, "\\\"", line)
    printf "     \"%s\\n\"\n", line
}
END {
    if (NR > 0)
        print "    },"
    print "};"
    print ""
    print "const size_t pr_cli_nrule_texts = sizeof pr_cli_rule_texts / sizeof pr_cli_rule_texts[0];"
}
