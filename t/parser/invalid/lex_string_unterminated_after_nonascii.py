s = "日本語のテキスト"; t = 'ünterminated
