"""Import from any OParl 1.0/1.1 server: System → Body → the body's external lists."""
