;; The fused uniform-opening Monte Carlo run (src/engine/forecast/monte-carlo/kernel-fused-uniform.ts,
;; drawUniformRun, with kernel-passes.ts finishPendingRates and random/normal.ts normalSlowPath)
;; in WebAssembly, for the bench/wasm-kernel.bench.ts trial only (not used by the engine).
;;
;; Bit-identical to the JS kernel for a seed because: the SFC32 step is 32-bit integer arithmetic
;; (i32 add/xor/shift/rotl wrap exactly as JS's |0 and >>>); every f64 operation is a single IEEE
;; operation in the same order as the JS expression (WebAssembly, like JS, never fuses a·b + c);
;; and log, exp and pow are JS's own Math.log/Math.exp/Math.pow, imported (WebAssembly has no
;; log instruction, and V8's Math.log is its fdlibm port, which a hand port would have to match).
;;
;; No SIMD: every draw consumes the next word of one sequential SFC32 stream and the number of
;; words a site consumes depends on its rejections, so neither sites nor runs can be drawn in
;; lanes without changing which words each draw uses, and the run sums Σλ, Σλu are sequential
;; floating-point additions whose order a vector reduction would change (different last bits).
;;
;; Memory layout (bytes): 0 state a,b,c,d (written by $save_state) · 64 KN_INT i32[128] ·
;; 576 WN f64[128] · 1600 FN f64[128] · 2624 KN f64[128] · 4096.. per-site f64 arrays lo, width,
;; gd, gc, invRate, open, lam (n each), then pending i32[2n]; the caller passes every base address.
(module
  (import "m" "log" (func $log (param f64) (result f64)))
  (import "m" "exp" (func $exp (param f64) (result f64)))
  (import "m" "pow" (func $pow (param f64 f64) (result f64)))
  (memory (export "memory") 1)

  (global $a (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $c (mut i32) (i32.const 0))
  (global $d (mut i32) (i32.const 0))
  (global $n (mut i32) (i32.const 0))
  (global $now (mut f64) (f64.const 0))
  (global $pLo (mut i32) (i32.const 0))
  (global $pWidth (mut i32) (i32.const 0))
  (global $pGd (mut i32) (i32.const 0))
  (global $pGc (mut i32) (i32.const 0))
  (global $pInv (mut i32) (i32.const 0))
  (global $pOpen (mut i32) (i32.const 0))
  (global $pLam (mut i32) (i32.const 0))
  (global $pPend (mut i32) (i32.const 0))

  (func (export "setup") (param $n i32) (param $now f64) (param $base i32)
    (local $stride i32)
    (local.set $stride (i32.shl (local.get $n) (i32.const 3)))
    (global.set $n (local.get $n))
    (global.set $now (local.get $now))
    (global.set $pLo (local.get $base))
    (global.set $pWidth (i32.add (global.get $pLo) (local.get $stride)))
    (global.set $pGd (i32.add (global.get $pWidth) (local.get $stride)))
    (global.set $pGc (i32.add (global.get $pGd) (local.get $stride)))
    (global.set $pInv (i32.add (global.get $pGc) (local.get $stride)))
    (global.set $pOpen (i32.add (global.get $pInv) (local.get $stride)))
    (global.set $pLam (i32.add (global.get $pOpen) (local.get $stride)))
    (global.set $pPend (i32.add (global.get $pLam) (local.get $stride))))

  (func (export "set_state") (param i32 i32 i32 i32)
    (global.set $a (local.get 0))
    (global.set $b (local.get 1))
    (global.set $c (local.get 2))
    (global.set $d (local.get 3)))

  (func $save_state (export "save_state")
    (i32.store (i32.const 0) (global.get $a))
    (i32.store (i32.const 4) (global.get $b))
    (i32.store (i32.const 8) (global.get $c))
    (i32.store (i32.const 12) (global.get $d)))

  ;; Sfc32.nextU32 on the global state (slow paths only; the hot loop keeps the state in locals).
  (func $next (result i32)
    (local $t i32)
    (local.set $t (i32.add (i32.add (global.get $a) (global.get $b)) (global.get $d)))
    (global.set $d (i32.add (global.get $d) (i32.const 1)))
    (global.set $a (i32.xor (global.get $b) (i32.shr_u (global.get $b) (i32.const 9))))
    (global.set $b (i32.add (global.get $c) (i32.shl (global.get $c) (i32.const 3))))
    (global.set $c (i32.add (i32.rotl (global.get $c) (i32.const 21)) (local.get $t)))
    (local.get $t))

  ;; Sfc32.nextFloat: (k + ½)·2⁻³².
  (func $nextFloat (result f64)
    (f64.mul
      (f64.add (f64.convert_i32_u (call $next)) (f64.const 0.5))
      (f64.const 2.3283064365386963e-10)))

  (func $wn (param $iz i32) (result f64)
    (f64.load offset=576 (i32.shl (local.get $iz) (i32.const 3))))
  (func $fn (param $iz i32) (result f64)
    (f64.load offset=1600 (i32.shl (local.get $iz) (i32.const 3))))
  (func $kn (param $iz i32) (result f64)
    (f64.load offset=2624 (i32.shl (local.get $iz) (i32.const 3))))

  ;; |hz| < KN[iz] exactly as Math.abs(hz) < KN[iz].
  (func $inRect (param $hz i32) (param $iz i32) (result i32)
    (f64.lt (f64.abs (f64.convert_i32_s (local.get $hz))) (call $kn (local.get $iz))))

  ;; normal.ts normalSlowPath.
  (func $slow (param $hz i32) (param $iz i32) (result f64)
    (local $x f64) (local $xt f64) (local $y f64)
    (loop $again
      (local.set $x (f64.mul (f64.convert_i32_s (local.get $hz)) (call $wn (local.get $iz))))
      (if (i32.eqz (local.get $iz))
        (then
          (loop $tail
            (local.set $xt (f64.div (f64.neg (call $log (call $nextFloat))) (f64.const 3.442619855899)))
            (local.set $y (f64.neg (call $log (call $nextFloat))))
            (br_if $tail (f64.lt (f64.add (local.get $y) (local.get $y))
                                 (f64.mul (local.get $xt) (local.get $xt)))))
          (return (select
            (f64.add (f64.const 3.442619855899) (local.get $xt))
            (f64.sub (f64.const -3.442619855899) (local.get $xt))
            (i32.gt_s (local.get $hz) (i32.const 0))))))
      (if (f64.lt
            (f64.add (call $fn (local.get $iz))
              (f64.mul (call $nextFloat)
                (f64.sub (call $fn (i32.sub (local.get $iz) (i32.const 1))) (call $fn (local.get $iz)))))
            (call $exp (f64.mul (f64.mul (f64.const -0.5) (local.get $x)) (local.get $x))))
        (then (return (local.get $x))))
      (local.set $hz (call $next))
      (local.set $iz (i32.and (local.get $hz) (i32.const 127)))
      (if (call $inRect (local.get $hz) (local.get $iz))
        (then (return (f64.mul (f64.convert_i32_s (local.get $hz)) (call $wn (local.get $iz))))))
      (br $again))
    (unreachable))

  ;; Marsaglia–Tsang acceptance: w < 1 − 0.0331x⁴ || log w < x²/2 + d(1 − v + log v).
  (func $accept (param $w f64) (param $x f64) (param $v f64) (param $d f64) (result i32)
    (local $x2 f64)
    (local.set $x2 (f64.mul (local.get $x) (local.get $x)))
    (if (f64.lt (local.get $w)
          (f64.sub (f64.const 1) (f64.mul (f64.mul (f64.const 0.0331) (local.get $x2)) (local.get $x2))))
      (then (return (i32.const 1))))
    (f64.lt (call $log (local.get $w))
      (f64.add (f64.mul (f64.const 0.5) (local.get $x2))
        (f64.mul (local.get $d)
          (f64.add (f64.sub (f64.const 1) (local.get $v)) (call $log (local.get $v)))))))

  ;; kernel-constants.ts drawUnitGamma with invShapeBoost 0.
  (func $unitGamma (param $d f64) (param $c f64) (result f64)
    (local $hz i32) (local $iz i32) (local $x f64) (local $v f64)
    (loop $draw
      (local.set $hz (call $next))
      (local.set $iz (i32.and (local.get $hz) (i32.const 127)))
      (local.set $x
        (if (result f64) (call $inRect (local.get $hz) (local.get $iz))
          (then (f64.mul (f64.convert_i32_s (local.get $hz)) (call $wn (local.get $iz))))
          (else (call $slow (local.get $hz) (local.get $iz)))))
      (local.set $v (f64.add (f64.const 1) (f64.mul (local.get $c) (local.get $x))))
      (br_if $draw (f64.le (local.get $v) (f64.const 0)))
      (local.set $v (f64.mul (f64.mul (local.get $v) (local.get $v)) (local.get $v)))
      (br_if $draw (i32.eqz (call $accept (call $nextFloat) (local.get $x) (local.get $v) (local.get $d)))))
    (f64.mul (local.get $d) (local.get $v)))

  ;; kernel-passes.ts finishPendingRates: (site, word) pairs the hot loop set aside.
  (func $finishPending (param $count i32)
    (local $k i32) (local $i i32) (local $hz i32) (local $off i32)
    (local $d f64) (local $c f64) (local $x f64) (local $y f64) (local $v f64) (local $g f64)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $i (i32.load (i32.add (global.get $pPend) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $hz (i32.load offset=4 (i32.add (global.get $pPend) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $off (i32.shl (local.get $i) (i32.const 3)))
        (local.set $d (f64.load (i32.add (global.get $pGd) (local.get $off))))
        (local.set $c (f64.load (i32.add (global.get $pGc) (local.get $off))))
        (local.set $x (call $slow (local.get $hz) (i32.and (local.get $hz) (i32.const 127))))
        (local.set $y (f64.add (f64.const 1) (f64.mul (local.get $c) (local.get $x))))
        ;; (1 + c·x) ** 3 in JS is Math.pow, not a product (they can differ in the last bit).
        (local.set $v (call $pow (local.get $y) (f64.const 3)))
        (local.set $g
          (if (result f64)
            (if (result i32) (f64.gt (local.get $y) (f64.const 0))
              (then (call $accept (call $nextFloat) (local.get $x) (local.get $v) (local.get $d)))
              (else (i32.const 0)))
            (then (f64.mul (local.get $d) (local.get $v)))
            (else (call $unitGamma (local.get $d) (local.get $c)))))
        (f64.store (i32.add (global.get $pLam) (local.get $off))
          (f64.mul (local.get $g) (f64.load (i32.add (global.get $pInv) (local.get $off)))))
        (local.set $k (i32.add (local.get $k) (i32.const 2)))
        (br $each))))

  ;; drawUniformRun: one run; out[0..3] = Σλ, Σλu, max u, min u.
  (func $run (export "run") (param $out i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $t i32)
    (local $i i32) (local $off i32) (local $iz i32) (local $pc i32) (local $k i32)
    (local $sumL f64) (local $sumLU f64) (local $maxU f64) (local $minU f64)
    (local $u f64) (local $di f64) (local $ci f64) (local $x f64) (local $v f64)
    (local $w f64) (local $x2 f64) (local $g f64) (local $l f64)
    (local.set $a (global.get $a))
    (local.set $b (global.get $b))
    (local.set $c (global.get $c))
    (local.set $d (global.get $d))
    (local.set $maxU (f64.const -inf))
    (local.set $minU (f64.const inf))
    (block $sitesDone
      (loop $sites
        (br_if $sitesDone (i32.ge_u (local.get $i) (global.get $n)))
        (block $nextSite
          (local.set $off (i32.shl (local.get $i) (i32.const 3)))
          ;; opening: lo + width·U, at least now
          (local.set $t (i32.add (i32.add (local.get $a) (local.get $b)) (local.get $d)))
          (local.set $d (i32.add (local.get $d) (i32.const 1)))
          (local.set $a (i32.xor (local.get $b) (i32.shr_u (local.get $b) (i32.const 9))))
          (local.set $b (i32.add (local.get $c) (i32.shl (local.get $c) (i32.const 3))))
          (local.set $c (i32.add (i32.rotl (local.get $c) (i32.const 21)) (local.get $t)))
          (local.set $u
            (f64.add (f64.load (i32.add (global.get $pLo) (local.get $off)))
              (f64.mul (f64.load (i32.add (global.get $pWidth) (local.get $off)))
                (f64.mul (f64.add (f64.convert_i32_u (local.get $t)) (f64.const 0.5))
                  (f64.const 2.3283064365386963e-10)))))
          (if (f64.lt (local.get $u) (global.get $now)) (then (local.set $u (global.get $now))))
          (f64.store (i32.add (global.get $pOpen) (local.get $off)) (local.get $u))
          (if (f64.gt (local.get $u) (local.get $maxU)) (then (local.set $maxU (local.get $u))))
          (if (f64.lt (local.get $u) (local.get $minU)) (then (local.set $minU (local.get $u))))
          (local.set $di (f64.load (i32.add (global.get $pGd) (local.get $off))))
          (local.set $ci (f64.load (i32.add (global.get $pGc) (local.get $off))))
          (block $accepted
            (loop $draw
              (local.set $t (i32.add (i32.add (local.get $a) (local.get $b)) (local.get $d)))
              (local.set $d (i32.add (local.get $d) (i32.const 1)))
              (local.set $a (i32.xor (local.get $b) (i32.shr_u (local.get $b) (i32.const 9))))
              (local.set $b (i32.add (local.get $c) (i32.shl (local.get $c) (i32.const 3))))
              (local.set $c (i32.add (i32.rotl (local.get $c) (i32.const 21)) (local.get $t)))
              (local.set $iz (i32.and (local.get $t) (i32.const 127)))
              ;; |t| as an unsigned integer (−2³¹ → 2³¹) against KN_INT (all ≥ 0), as the JS test.
              (if (i32.eqz (i32.lt_u
                    (i32.sub (i32.xor (local.get $t) (i32.shr_s (local.get $t) (i32.const 31)))
                             (i32.shr_s (local.get $t) (i32.const 31)))
                    (i32.load offset=64 (i32.shl (local.get $iz) (i32.const 2)))))
                (then
                  (i32.store (i32.add (global.get $pPend) (i32.shl (local.get $pc) (i32.const 2))) (local.get $i))
                  (i32.store offset=4 (i32.add (global.get $pPend) (i32.shl (local.get $pc) (i32.const 2))) (local.get $t))
                  (local.set $pc (i32.add (local.get $pc) (i32.const 2)))
                  (br $nextSite)))
              (local.set $x (f64.mul (f64.convert_i32_s (local.get $t))
                (f64.load offset=576 (i32.shl (local.get $iz) (i32.const 3)))))
              (local.set $v (f64.add (f64.const 1) (f64.mul (local.get $ci) (local.get $x))))
              (br_if $draw (f64.le (local.get $v) (f64.const 0)))
              (local.set $v (f64.mul (f64.mul (local.get $v) (local.get $v)) (local.get $v)))
              (local.set $t (i32.add (i32.add (local.get $a) (local.get $b)) (local.get $d)))
              (local.set $d (i32.add (local.get $d) (i32.const 1)))
              (local.set $a (i32.xor (local.get $b) (i32.shr_u (local.get $b) (i32.const 9))))
              (local.set $b (i32.add (local.get $c) (i32.shl (local.get $c) (i32.const 3))))
              (local.set $c (i32.add (i32.rotl (local.get $c) (i32.const 21)) (local.get $t)))
              (local.set $w (f64.mul (f64.add (f64.convert_i32_u (local.get $t)) (f64.const 0.5))
                (f64.const 2.3283064365386963e-10)))
              (local.set $x2 (f64.mul (local.get $x) (local.get $x)))
              (br_if $accepted (f64.lt (local.get $w)
                (f64.sub (f64.const 1) (f64.mul (f64.mul (f64.const 0.0331) (local.get $x2)) (local.get $x2)))))
              (br_if $accepted (f64.lt (call $log (local.get $w))
                (f64.add (f64.mul (f64.const 0.5) (local.get $x2))
                  (f64.mul (local.get $di)
                    (f64.add (f64.sub (f64.const 1) (local.get $v)) (call $log (local.get $v)))))))
              (br $draw)))
          (local.set $l (f64.mul (f64.mul (local.get $di) (local.get $v))
            (f64.load (i32.add (global.get $pInv) (local.get $off)))))
          (f64.store (i32.add (global.get $pLam) (local.get $off)) (local.get $l))
          (local.set $sumL (f64.add (local.get $sumL) (local.get $l)))
          (local.set $sumLU (f64.add (local.get $sumLU) (f64.mul (local.get $l) (local.get $u)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sites)))
    (global.set $a (local.get $a))
    (global.set $b (local.get $b))
    (global.set $c (local.get $c))
    (global.set $d (local.get $d))
    (if (i32.gt_u (local.get $pc) (i32.const 0))
      (then
        (call $finishPending (local.get $pc))
        (block $sumsDone
          (loop $sum
            (br_if $sumsDone (i32.ge_u (local.get $k) (local.get $pc)))
            (local.set $off (i32.shl
              (i32.load (i32.add (global.get $pPend) (i32.shl (local.get $k) (i32.const 2))))
              (i32.const 3)))
            (local.set $l (f64.load (i32.add (global.get $pLam) (local.get $off))))
            (local.set $sumL (f64.add (local.get $sumL) (local.get $l)))
            (local.set $sumLU (f64.add (local.get $sumLU)
              (f64.mul (local.get $l) (f64.load (i32.add (global.get $pOpen) (local.get $off))))))
            (local.set $k (i32.add (local.get $k) (i32.const 2)))
            (br $sum)))))
    (f64.store (local.get $out) (local.get $sumL))
    (f64.store offset=8 (local.get $out) (local.get $sumLU))
    (f64.store offset=16 (local.get $out) (local.get $maxU))
    (f64.store offset=24 (local.get $out) (local.get $minU)))

  ;; `runs` consecutive runs from one generator; run r's sums at out + 32r.
  (func (export "run_many") (param $runs i32) (param $out i32)
    (local $r i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $runs)))
        (call $run (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 5))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each)))))
