import CCairo

/// A Cairo surface with one owner.
final class CairoSurface {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, checking its status first.
    init(taking pointer: OpaquePointer, operation: RenderingError.CairoOperation) throws {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            let message = String(cString: cairo_status_to_string(status))
            cairo_surface_destroy(pointer)
            throw RenderingError.cairo(operation: operation, status: message)
        }
        self.pointer = pointer
    }

    deinit {
        cairo_surface_destroy(pointer)
    }
}

/// A Cairo drawing context; keeps its surface alive.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        // cairo_create never returns NULL (a failed context is an error object), but its type is optional.
        guard let context = cairo_create(surface.pointer) else {
            throw RenderingError.cairo(operation: .creatingContext, status: "no context")
        }
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            throw RenderingError.cairo(operation: .creatingContext, status: String(cString: cairo_status_to_string(status)))
        }
        self.pointer = context
        self.surface = surface
    }

    deinit {
        cairo_destroy(pointer)
    }
}
