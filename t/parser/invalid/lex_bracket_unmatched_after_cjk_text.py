title = "日本語のタイトル"; value = compute(1, 2))
