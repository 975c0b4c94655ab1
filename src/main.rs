//! The browser entry point: mount the dashboard.

fn main() {
    // A panic still leaves a readable message in the console.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(marsad::components::app::App);
}
