using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// Holds published pictures in memory for <see cref="PowerMapOptions.ImageLifetime"/>, at most
/// <see cref="PowerMapOptions.MaxImages"/>, under unguessable tokens. The token is the only secret
/// guarding a picture of a customer's people, so it carries 128 random bits.
/// </summary>
public sealed class PowerMapImageStore
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

    /// <summary>Keeps <paramref name="png"/> and returns its new token.</summary>
    public string Add(ReadOnlyMemory<byte> png)
    {
        Span<byte> random = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(random);
        var token = Base64Url.EncodeToString(random);

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
