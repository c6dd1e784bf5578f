/* For the Wine check only, never shipped: Rust's standard library takes its random numbers
 * from ProcessPrng in bcryptprimitives.dll, which every Windows 10 and 11 has but Debian 12's
 * Wine 8 lacks (it arrived in Wine 9). This stand-in answers from RtlGenRandom, which Wine 8
 * has, so the real Windows program can run under that Wine unchanged. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
