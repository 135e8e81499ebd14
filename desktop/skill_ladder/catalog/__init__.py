"""The profile file format: schema, validation with precise errors, import/export as documents."""
