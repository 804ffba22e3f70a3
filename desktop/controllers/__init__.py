"""What happens in the main window, one controller per concern; the window only builds and lays out."""
