"""The app's screens: the main view and the modal forms and panels it opens."""
