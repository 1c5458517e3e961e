DELETE FROM books WHERE title IN ('Dune', 'Emma', 'Ulysses');
