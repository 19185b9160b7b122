// The progress bar of ingest on stderr: articles done, articles/s and ETA. Off when stderr is not a
// terminal; messages about bad records print above it either way.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  log(line: string): void;
  stop(): void;
}

export function createProgress(total: number, show: boolean, out: NodeJS.WritableStream): Progress {
  if (!show) {
    return { tick() {}, log: (line) => void out.write(line + '\n'), stop() {} };
  }
  const started = Date.now();
  let done = 0;
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
      stream: out as NodeJS.WriteStream,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0, { rate: '0.0' });
  return {
    tick() {
      done++;
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
    },
    log(line) {
      out.write('\r\x1b[2K' + line + '\n');
    },
    stop() {
      bar.stop();
    },
  };
}
