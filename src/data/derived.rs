//! Derived facts.
