def count_ascii_word_columns(
    text: str, prefix: str, n_features: int, counts: dict[int, int]
) -> None:
    """Add one to ``counts[column]`` for each word of the ASCII ``text``: the column of
    ``prefix + word``, as ``scanner.tos.features`` hashes tokens (see ``_words.c``)."""
