words = ["straße", "grüße" "öl" maße]
