/**
 * A bounded request loop for fault tests: `clients` workers send the same GraphQL
 * request back to back until stopped (or `maxMs` passes), recording each answer.
 */
export interface Answer {
  /** ms since the loop started, when the answer arrived */
  at: number;
  ms: number;
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  text: string;
}

export interface Load {
  answers: Answer[];
  /** Resolves with the first answer (after `since`, ms on the loop's clock) whose code is `code`. */
  first(code: string, since?: number): Promise<Answer>;
  now(): number;
  stop(): Promise<Answer[]>;
}

export function startLoad(url: string, body: string, clients = 8, maxMs = 120_000): Load {
  const t0 = Date.now();
  const answers: Answer[] = [];
  const waiters: { code: string; since: number; resolve: (a: Answer) => void }[] = [];
  let running = true;
  const stopTimer = setTimeout(() => (running = false), maxMs);
  const worker = async (): Promise<void> => {
    while (running) {
      const start = Date.now();
      let answer: Answer;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        let code: string | undefined;
        try {
          code = JSON.parse(text).errors?.[0]?.extensions?.code;
        } catch {
          code = 'NOT_JSON';
        }
        answer = {
          at: Date.now() - t0,
          ms: Date.now() - start,
          status: res.status,
          code,
          retryAfter: res.headers.get('retry-after'),
          text,
        };
      } catch (error) {
        answer = {
          at: Date.now() - t0,
          ms: Date.now() - start,
          status: 0,
          code: `FETCH_FAILED ${(error as Error).message}`,
          retryAfter: null,
          text: '',
        };
      }
      answers.push(answer);
      for (const w of [...waiters]) {
        if (answer.code === w.code && answer.at >= w.since) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(answer);
        }
      }
      // A breath between requests so that the fast failures of an open circuit do not spin a core.
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const workers = Array.from({ length: clients }, worker);
  return {
    answers,
    now: () => Date.now() - t0,
    first(code, since = 0) {
      const seen = answers.find((a) => a.code === code && a.at >= since);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ code, since, resolve }));
    },
    async stop() {
      running = false;
      clearTimeout(stopTimer);
      await Promise.all(workers);
      return answers;
    },
  };
}
