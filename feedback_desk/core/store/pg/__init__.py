"""A desk on a team server (PostgreSQL, through psycopg 3). Imported only when one is opened:
a desk on a file never loads psycopg."""
