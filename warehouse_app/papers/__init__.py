"""What each document is drawn from: one module per document family, holding its plain context
objects and the builder that reads them from the database. reports/ draws them; nothing here
draws a PDF."""
