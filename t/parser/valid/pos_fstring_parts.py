a = f"text {value} more {other!r:>10} end"
b = f"""
{first}
  {second=}
"""
c = f"{x:{y}}"
