using Sip.Application.Features.Directory.Import;

namespace Sip.Web.Api;

/// <summary>The directory file as the request's body, read no further than one byte past the limit.</summary>
internal static class DirectoryUpload
{
    /// <summary>The server stops a body beyond this outright (413); up to it the import's own check names the limit.</summary>
    public const long MaxRequestBytes = DirectoryCsv.MaxBytes + (1024 * 1024);

    /// <summary> One byte more than the import allows is enough for it to say that the file is too large, in its words and after the access
    /// check, rather than the server cutting the upload off. </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length <= DirectoryCsv.MaxBytes && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
