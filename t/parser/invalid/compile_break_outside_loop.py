if done:
    break
