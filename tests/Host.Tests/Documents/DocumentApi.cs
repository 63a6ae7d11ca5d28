using System.Net.Http.Headers;
using System.Net.Http.Json;
using Planner.Board.Documents;
using Planner.Host.Tests.Api;

namespace Planner.Host.Tests.Documents;

/// <summary>Calls to the documents endpoints.</summary>
internal static class DocumentApi
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid tileId, string fileName, byte[] content,
        string field = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        // What a browser sends for an unknown file: the server must not trust it anyway.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return client.PostAsync(new Uri($"/api/tiles/{tileId}/documents", UriKind.Relative), form);
    }

    public static Task<HttpResponseMessage> ListDocumentsAsync(this HttpClient client, Guid tileId) =>
        client.GetAsync(new Uri($"/api/tiles/{tileId}/documents", UriKind.Relative));

    public static async Task<DocumentList> DocumentsAsync(this HttpClient client, Guid tileId) =>
        (await client.GetFromJsonAsync<DocumentList>($"/api/tiles/{tileId}/documents", ApiJson.Options))!;

    public static Task<HttpResponseMessage> DownloadAsync(this HttpClient client, Guid documentId) =>
        client.GetAsync(new Uri($"/api/documents/{documentId}", UriKind.Relative));

    public static Task<HttpResponseMessage> DeleteDocumentAsync(this HttpClient client, Guid documentId) =>
        client.DeleteAsync(new Uri($"/api/documents/{documentId}", UriKind.Relative));

    public static Task<HttpResponseMessage> RestoreDocumentAsync(this HttpClient client, Guid documentId) =>
        client.PostAsync(new Uri($"/api/documents/{documentId}/restore", UriKind.Relative), null);
}
