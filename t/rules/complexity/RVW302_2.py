# RVW302: a function calling more than 12 functions of its module, and one that more than
# 20 of the module's functions call.
def step0():
    return log('step0')


def step1():
    return log('step1')


def step2():
    return log('step2')


def step3():
    return log('step3')


def step4():
    return log('step4')


def step5():
    return log('step5')


def step6():
    return log('step6')


def step7():
    return log('step7')


def step8():
    return log('step8')


def step9():
    return log('step9')


def step10():
    return log('step10')


def step11():
    return log('step11')


def step12():
    return log('step12')


def log(message):
    print(message)


def run():
    step0()
    step1()
    step2()
    step3()
    step4()
    step5()
    step6()
    step7()
    step8()
    step9()
    step10()
    step11()
    step12()


def other0():
    log(0)


def other1():
    log(1)


def other2():
    log(2)


def other3():
    log(3)


def other4():
    log(4)


def other5():
    log(5)


def other6():
    log(6)


def other7():
    log(7)
