namespace Planner.Plugins.Draw.Parties;

/// <summary>What is wrong with one line of an import, so the secretariat can fix the file.</summary>
public sealed record CsvImportError(int Line, string Message);

/// <summary>The rows of an import, or the errors that stop it (then nothing is imported).</summary>
public sealed record CsvImport<T>(IReadOnlyList<T> Rows, IReadOnlyList<CsvImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
