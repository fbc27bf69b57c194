"""Stage 1, read: files and folders become `Source` records.

`discover` lists the article files under the given paths; `read_file` decodes one file
into one or more sources (a JSON Lines file holds one article per line). Problems with
one file raise `ArticleError` naming the file, so the caller can go on with the rest.
"""

from pledgegraph.read.files import SUFFIXES, decode, discover, read_file

__all__ = ["SUFFIXES", "decode", "discover", "read_file"]
