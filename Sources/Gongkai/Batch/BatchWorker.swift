import Foundation

/// The child's side of `BatchRenderer.Isolation.processes`: reads `WorkerRequest` lines on standard input,
/// renders each department and answers with a `BatchResult` line on standard output, until its input ends.
public enum BatchWorker {
    /// Serves requests for the batch that writes into `outputDirectory`. Returns when standard input closes.
    public static func serve(outputDirectory: String, fontConfiguration: String, strict: Bool, dataRoot: String? = nil) throws {
        // Answers go to a copy of standard output; anything else that writes to it goes to standard error,
        // so that no stray line can be taken for an answer.
        let answers = FileHandle(fileDescriptor: dup(STDOUT_FILENO), closeOnDealloc: true)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let renderer = try DisclosureRenderer(fontConfiguration: fontConfiguration)
        let batch = BatchRenderer(
            outputDirectory: outputDirectory, fontConfiguration: fontConfiguration, jobs: 1, strict: strict, dataRoot: dataRoot)
        var layouts = LayoutCache()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let request = try JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8))
            let layout = request.job.layoutPath.flatMap { try? layouts.layout(at: $0) }
            let result = batch.renderOne(request.job, layout: layout, outputName: request.outputName, renderer: renderer)
            var answer = try encoder.encode(result)
            answer.append(UInt8(ascii: "\n"))
            try answers.write(contentsOf: answer)
        }
    }
}
