using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// Holds published pictures in memory for <see cref="PowerMapOptions.ImageLifetime"/>, at most
/// <see cref="PowerMapOptions.MaxImages"/>, under unguessable tokens. The token is the only secret
/// guarding a picture of a customer's people, so it carries 128 random bits. One process only: the
/// bot itself uses the database's store, which every instance reads.
/// </summary>
public sealed class PowerMapImageStore : IPowerMapImageStore
{
    /// <summary>128 bits in base64url without padding.</summary>
    public const int TokenLength = 22;

    private const int TokenBytes = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PowerMapImage> _images = new(StringComparer.Ordinal);

    // Every image lives equally long, so insertion order is expiry order: the head is always the
    // first to expire and the first to evict.
    private readonly Queue<string> _order = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lifetime;
    private readonly int _maxImages;

    public PowerMapImageStore(IOptions<PowerMapOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _lifetime = options.Value.ImageLifetime;
        _maxImages = options.Value.MaxImages;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                RemoveExpired(_timeProvider.GetUtcNow());
                return _images.Count;
            }
        }
    }

    /// <summary>True when <paramref name="token"/> has the shape of a token this store hands out.</summary>
    public static bool IsWellFormedToken(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A new token: 128 random bits in base64url.</summary>
    public static string NewToken()
    {
        Span<byte> random = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(random);
        return Base64Url.EncodeToString(random);
    }

    public Task<string> AddAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken) => Task.FromResult(Add(png));

    public Task<PowerMapImage?> FindAsync(string token, CancellationToken cancellationToken) => Task.FromResult(Find(token));

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var before = _images.Count;
            RemoveExpired(_timeProvider.GetUtcNow());
            return Task.FromResult(before - _images.Count);
        }
    }

    /// <summary>Keeps <paramref name="png"/> and returns its new token.</summary>
    public string Add(ReadOnlyMemory<byte> png)
    {
        var token = NewToken();

        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            RemoveExpired(now);
            while (_images.Count >= _maxImages && _order.TryDequeue(out var oldest))
            {
                _images.Remove(oldest);
            }

            _images[token] = new PowerMapImage(png, now + _lifetime);
            _order.Enqueue(token);
        }

        return token;
    }

    /// <summary>The picture under <paramref name="token"/>, or null when unknown, evicted or expired.</summary>
    public PowerMapImage? Find(string token)
    {
        if (!IsWellFormedToken(token))
        {
            return null;
        }

        lock (_gate)
        {
            RemoveExpired(_timeProvider.GetUtcNow());
            return _images.GetValueOrDefault(token);
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_order.TryPeek(out var head) && _images[head].ExpiresAt <= now)
        {
            _order.Dequeue();
            _images.Remove(head);
        }
    }
}
