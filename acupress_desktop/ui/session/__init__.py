"""The guided session: its page, the countdown ring, the breathing guide, the mini timer and the tray."""
