using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Planner.Board.Documents.Commands;

namespace Planner.Board.Documents;

public static class DocumentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the document use cases and default settings. The host adds the
    /// <see cref="IDocumentStore"/> (and may replace <see cref="DocumentOptions"/>).
    /// </summary>
    public static IServiceCollection AddBoardDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton(new DocumentOptions());
        services.AddScoped<DocumentChangeRunner>();
        services.AddScoped<DocumentQueries>();
        services.AddScoped<UploadDocumentCommand>();
        services.AddScoped<DeleteDocumentCommand>();
        services.AddScoped<RestoreDocumentCommand>();
        return services;
    }
}
