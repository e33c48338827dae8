import Foundation

/// The Python interpreter the external-consumer tests use (networkx, pyoxigraph): the project's
/// `.venv/bin/python` (made by `scripts/test.sh`) when present, else `python3` on `PATH`.
enum Python {
    static let interpreter: ExternalTool? = {
        let venv = SchemaPaths.packageRoot.appendingPathComponent(".venv/bin/python").path
        if FileManager.default.isExecutableFile(atPath: venv) { return ExternalTool(path: venv) }
        return ExternalTool.find("python3")
    }()

    /// The interpreter when `import module` works in it, else nil (the test is then skipped).
    static func with(_ module: String) -> ExternalTool? {
        guard let python = interpreter,
              let result = try? python.run(["-c", "import " + module]), result.status == 0 else { return nil }
        return python
    }

    static let networkx = with("networkx")
    static let pyoxigraph = with("pyoxigraph")
    static let igraph = with("igraph")
}
