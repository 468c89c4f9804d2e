x = f"""starts here
{value}
and never ends
