# PLR1702: reported on the innermost block that is the first block of its body, counting
# the blocks above it, those outside the def included; elif clauses are no deeper; match
# and def are not blocks; at module level nothing is reported.
if True:
    def f(x):
        for a in x:
            while a:
                with a:
                    try:
                        if a:
                            pass
                        elif x:
                            pass
                    except ValueError:
                        pass


def g(x):
    for a in x:
        for b in a:
            for c in b:
                match c:
                    case 1:
                        for d in c:
                            if d:
                                pass
                            if d:
                                if d:
                                    pass


for a in x:
    for b in a:
        for c in b:
            for d in c:
                for e in d:
                    if e:
                        pass
