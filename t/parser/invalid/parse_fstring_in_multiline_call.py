result = render(
    template,
    title=f"{page.title!x}",
)
