import type {
  AuditOptions,
  CaptureLogsOptions,
  CaptureOptions,
  DroppedHeadersOptions,
  ProbeRequestIdOptions,
  TraceOptions,
  UniformOptions,
} from 'safe500'
import type { TraceableOptions } from 'safe500/matchers'
import type {
  FaultMatrixOptions,
  FaultOptions,
  FlakyOptions,
  NetworkErrorOptions,
  SlowHeadersOptions,
  SocketFaultHandlerOptions,
  SocketFaultOptions,
  StatusFaultOptions,
  UpstreamsOptions,
} from 'safe500/msw'
import { expectTypeOf, test } from 'vitest'

/** Every member of `T` given, as `undefined`. */
type AllUndefined<T> = { [K in keyof T]-?: undefined }

// This project compiles with exactOptionalPropertyTypes, as strict projects do: there an optional
// member takes `undefined` only when its type says so, and `{ timeout: maybeTimeout }` would not
// compile. Every option takes it, as the functions do at run time (undefined is as if not given).
test('every option takes undefined under exactOptionalPropertyTypes', () => {
  expectTypeOf<AllUndefined<CaptureOptions>>().toExtend<CaptureOptions>()
  expectTypeOf<AllUndefined<AuditOptions>>().toExtend<AuditOptions>()
  expectTypeOf<AllUndefined<UniformOptions>>().toExtend<UniformOptions>()
  expectTypeOf<AllUndefined<DroppedHeadersOptions>>().toExtend<DroppedHeadersOptions>()
  expectTypeOf<AllUndefined<CaptureLogsOptions>>().toExtend<CaptureLogsOptions>()
  expectTypeOf<AllUndefined<TraceOptions>>().toExtend<TraceOptions>()
  expectTypeOf<AllUndefined<TraceableOptions>>().toExtend<TraceableOptions>()
  expectTypeOf<AllUndefined<UpstreamsOptions>>().toExtend<UpstreamsOptions>()
  expectTypeOf<AllUndefined<FaultOptions>>().toExtend<FaultOptions>()
  expectTypeOf<AllUndefined<StatusFaultOptions>>().toExtend<StatusFaultOptions>()
  expectTypeOf<AllUndefined<NetworkErrorOptions>>().toExtend<NetworkErrorOptions>()
  expectTypeOf<AllUndefined<SlowHeadersOptions>>().toExtend<SlowHeadersOptions>()
  expectTypeOf<AllUndefined<FlakyOptions>>().toExtend<FlakyOptions>()
  expectTypeOf<AllUndefined<SocketFaultOptions>>().toExtend<SocketFaultOptions>()
  expectTypeOf<AllUndefined<SocketFaultHandlerOptions>>().toExtend<SocketFaultHandlerOptions>()
  expectTypeOf<AllUndefined<FaultMatrixOptions>>().toExtend<FaultMatrixOptions>()
  // The probe's URL is required; every other member takes undefined.
  expectTypeOf<
    Omit<AllUndefined<ProbeRequestIdOptions>, 'url'> & { url: string }
  >().toExtend<ProbeRequestIdOptions>()
})
