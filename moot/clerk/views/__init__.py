"""The back office's screens. Thin: each reads a form, calls a write service and redirects;
a ServiceError becomes a form error the clerk can act on."""
