"""python -m quotetrack"""

from .cli import main

main(prog_name="quotetrack")
