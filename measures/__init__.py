"""Labour-market measures, their taxonomies, locations and the ESF projects behind them."""
