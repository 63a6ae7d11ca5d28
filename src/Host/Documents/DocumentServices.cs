using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Planner.Board.Documents;

namespace Planner.Host.Documents;

public static class DocumentServices
{
    public const string Section = "Planner:Documents";

    /// <summary>
    /// Binds the document settings (Planner:Documents) and adds the encrypted store in
    /// {DataFolder}/documents, which must not be inside the web root.
    /// </summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, string dataFolder)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(Section)
            .Validate(o => o.MaxFileSize > 0, "Planner:Documents:MaxFileSize must be a positive number of bytes.");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DocumentOptions>>().Value);
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var folder = Path.GetFullPath(Path.Combine(dataFolder, "documents"));
            var webRoot = sp.GetRequiredService<IWebHostEnvironment>().WebRootPath;
            if (!string.IsNullOrEmpty(webRoot) && IsInside(folder, Path.GetFullPath(webRoot)))
            {
                throw new InvalidOperationException($"The documents folder {folder} is inside the web root; move Planner:DataFolder out of it.");
            }
            return new EncryptedFileStore(folder, sp.GetRequiredService<IDataProtectionProvider>());
        });
        return services;
    }

    private static bool IsInside(string path, string root) =>
        (path + Path.DirectorySeparatorChar).StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar,
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
