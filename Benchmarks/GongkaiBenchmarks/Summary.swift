/// The figures to compare from one change to the next, printed last by `make bench` in a few lines.
struct Summary {
    /// Whole `gongkai --help`: median ms, how quick the machine is at the moment.
    var help: Double?
    /// Whole `gongkai render` of the sample: median ms and peak MiB.
    var render: (ms: Double, peakMiB: Double)?
    /// Whole `gongkai batch` processes of the sample with two jobs: documents, documents per second, peak MiB.
    var batches: [(documents: Int, perSecond: Double, peakMiB: Double)] = []
    /// `gongkai render` of the sample with a long matrix: rows, seconds, peak MiB.
    var matrices: [(rows: Int, seconds: Double, peakMiB: Double)] = []

    func print() {
        Swift.print("Summary")
        if let help {
            // The goals hold on a quiet machine, where this is about 7 ms.
            Swift.print(String(format: "  gongkai --help, whole process    %7.1f ms   (how quick the machine is now)", help))
        }
        if let render {
            Swift.print(
                String(format: "  render sample, whole process     %7.1f ms   peak %6.1f MiB", render.ms, render.peakMiB)
                    + Self.goal("at most 60 ms", met: render.ms <= 60))
        }
        for batch in batches {
            Swift.print(
                String(
                    format: "  batch of %3d, 2 jobs (processes) %7.1f docs/s  peak %6.1f MiB", batch.documents, batch.perSecond,
                    batch.peakMiB) + (batch.documents >= 200 ? Self.goal("at least 150 docs/s", met: batch.perSecond >= 150) : ""))
        }
        for matrix in matrices {
            Swift.print(
                String(
                    format: "  matrix of %6d rows             %7.2f s  %5.0f ms/1k rows  peak %6.1f MiB", matrix.rows, matrix.seconds,
                    matrix.seconds * 1e6 / Double(matrix.rows), matrix.peakMiB)
                    + (matrix.rows >= 100_000 ? Self.goal("at most 300 MiB", met: matrix.peakMiB <= 300) : ""))
        }
        if matrices.count >= 2, let last = matrices.last, case let first = matrices[matrices.count - 2], last.rows > first.rows,
            first.seconds > 0
        {
            // 1.0 when the time grows as the rows do (start-up counts less in the longer two).
            let growth = (last.seconds / first.seconds) / (Double(last.rows) / Double(first.rows))
            Swift.print(String(format: "  matrix time per row, %d rows against %d: x%.2f", last.rows, first.rows, growth))
        }
    }

    /// The speed goals this project holds itself to on a 2-core machine, said beside their figures.
    static func goal(_ goal: String, met: Bool) -> String { "   goal \(goal): " + (met ? "met" : "NOT met") }
}
