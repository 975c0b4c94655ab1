//! The browser entry point: mount the dashboard.

fn main() {
    // A panic shows a panel with a reload button instead of a dead page.
    marsad::interop::panic::install();
    leptos::mount::mount_to_body(marsad::components::app::App);
}
