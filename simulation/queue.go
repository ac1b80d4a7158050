package simulation

// evKind names what an event does when it fires.
type evKind uint8

const (
	evJobPost    evKind = iota + 1 // a = stream, b = job number in the stream
	evDeliver                      // peer receives message a
	evOffer                        // peer's offer for job a is ready (challenge run, poster pinged)
	evTick                         // peer's machine of job a reaches a deadline (b = the time scheduled)
	evForget                       // peer forgets job a (its auction is over)
	evChurn                        // peer goes offline or back online
	evTrainStart                   // group a starts training
	evStepDone                     // group a finishes a step (b = generation)
	evFault                        // a member of group a times out waiting for a chunk (b = generation)
	evReform                       // group a has re-formed its ring (b = generation)
	evChainTx                      // transaction a takes effect
	evReceipt                      // receipt a reaches the job machine it was sent to
	evJobTick                      // job machine a reaches a deadline (b = the time scheduled)
	evCallResult                   // chain call a of a job machine is mined
	evSpam                         // spammer peer sends junk on job a
	evVouch                        // sybil peer vouches for its ring
	evSample                       // the report samples its time series
	evAudit                        // peer publishes audit a (verify.go)
	evRecheck                      // peer has re-checked evidence a
	evWork                         // verified-work message a reaches its machine
)

var evNames = [...]string{
	evJobPost: "post", evDeliver: "recv", evOffer: "offer", evTick: "tick", evForget: "forget",
	evChurn: "churn", evTrainStart: "train", evStepDone: "step", evFault: "fault", evReform: "reform",
	evChainTx: "tx", evReceipt: "receipt", evJobTick: "job-tick", evCallResult: "call", evSpam: "spam", evVouch: "vouch", evSample: "sample",
	evAudit: "audit", evRecheck: "recheck", evWork: "work",
}

func (k evKind) String() string {
	if int(k) < len(evNames) && evNames[k] != "" {
		return evNames[k]
	}
	return "?"
}

// event is one entry of the engine's queue. Events fire in (at, seq)
// order: seq is the order they were scheduled in, so that events at the
// same microsecond fire in a fixed order and a run replays exactly.
type event struct {
	at   int64 // virtual time, µs since the start of the run
	seq  uint64
	kind evKind
	peer int32
	a    int32
	b    int64
}

func (x *event) before(y *event) bool {
	return x.at < y.at || (x.at == y.at && x.seq < y.seq)
}

// queue is a binary min-heap of events by value (no pointers, so the
// garbage collector has nothing to scan in it).
type queue struct {
	h []event
}

func (q *queue) len() int { return len(q.h) }

func (q *queue) push(e event) {
	q.h = append(q.h, e)
	i := len(q.h) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.h[i].before(&q.h[parent]) {
			break
		}
		q.h[i], q.h[parent] = q.h[parent], q.h[i]
		i = parent
	}
}

func (q *queue) pop() event {
	top := q.h[0]
	last := len(q.h) - 1
	q.h[0] = q.h[last]
	q.h = q.h[:last]
	i, n := 0, last
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && q.h[r].before(&q.h[l]) {
			m = r
		}
		if !q.h[m].before(&q.h[i]) {
			break
		}
		q.h[i], q.h[m] = q.h[m], q.h[i]
		i = m
	}
	return top
}
