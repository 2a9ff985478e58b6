// The reference app's page: plain JavaScript, no build step, no CDN. Every call goes to this application's own
// backend (the Spring Boot starter's endpoints); the OpenAI API key never reaches the browser.
'use strict';

const $ = (id) => document.getElementById(id);
let tokenTimer = null;
let callTimer = null;
let peer = null;
let callId = null;
let secret = null;

/** The CSRF token Spring Security put in a cookie, sent back in a header on every POST. */
function csrfHeaders() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
}

/** Shows a message a person can act on; never a stack trace. */
function show(text, isError) {
  const message = $('message');
  message.textContent = text;
  message.className = isError ? 'error' : '';
  message.hidden = !text;
}

/** Turns a failed answer of the backend into a readable message. */
async function explain(response, what) {
  let error = {};
  try {
    error = (await response.json()).error || {};
  } catch (ignored) {
    // Not JSON: the status alone says enough.
  }
  const retry = response.headers.get('Retry-After') || error.retry_after_seconds;
  switch (response.status) {
    case 429:
      return `Rate limited: you asked for too many ${what}s. Try again in ${retry || 'a few'} seconds.`;
    case 503:
      return `The voice service is busy (rate limited upstream). Try again in ${retry || 'a few'} seconds.`;
    case 502:
      return 'The voice service is unavailable right now (the upstream API failed). Try again later.';
    case 401:
      return 'Your sign-in has expired: reload the page to sign in again.';
    case 403:
      return 'The request was refused: reload the page and try again.';
    case 400:
      return `The request was refused: ${error.message || 'it was not valid'}.`;
    default:
      return `Could not get the ${what} (HTTP ${response.status}${error.message ? ': ' + error.message : ''}).`;
  }
}

function countdown(element, deadlineMillis, onZero) {
  const tick = () => {
    const left = Math.max(0, Math.round((deadlineMillis - Date.now()) / 1000));
    element.textContent = `${Math.floor(left / 60)} min ${String(left % 60).padStart(2, '0')} s`;
    if (left === 0 && onZero) {
      onZero();
    }
  };
  tick();
  return setInterval(tick, 250);
}

function renderSecret() {
  $('token-secret').textContent = !secret ? '' : ($('reveal').checked ? secret : 'hidden (tick "reveal" to show)');
}

async function getToken() {
  show('');
  $('get-token').disabled = true;
  try {
    const response = await fetch('realtime/client-secret', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...csrfHeaders() },
      body: '{}',
    });
    if (!response.ok) {
      show(await explain(response, 'token'), true);
      return;
    }
    const minted = await response.json();
    secret = minted.value;
    $('token').hidden = false;
    $('token-session').textContent = minted.session.id;
    $('token-model').textContent = minted.session.model || minted.session.type;
    clearInterval(tokenTimer);
    tokenTimer = countdown($('token-countdown'), minted.expires_at * 1000, () => {
      $('token-countdown').textContent = 'expired';
    });
    renderSecret();
  } catch (failure) {
    show('The backend did not answer: is the application still running?', true);
  } finally {
    $('get-token').disabled = false;
  }
}

async function startCall() {
  show('');
  $('start-call').disabled = true;
  $('call').hidden = false;
  $('call-state').textContent = 'making an offer';
  try {
    peer = new RTCPeerConnection();
    // An audio transceiver (a microphone track would be added here in a real app) and the events channel.
    peer.addTransceiver('audio', { direction: 'sendrecv' });
    peer.createDataChannel('oai-events');
    const offer = await peer.createOffer();
    await peer.setLocalDescription(offer);
    $('call-state').textContent = 'sending the offer to the server';
    const response = await fetch('realtime/calls', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sdp', ...csrfHeaders() },
      body: offer.sdp,
    });
    if (!response.ok) {
      show(await explain(response, 'call'), true);
      endCall('not started');
      return;
    }
    const answer = await response.text();
    callId = response.headers.get('X-Realtime-Call-Id');
    await peer.setRemoteDescription({ type: 'answer', sdp: answer });
    $('call-id').textContent = callId;
    $('call-state').textContent = 'answer applied (' + peer.signalingState + ')';
    $('hang-up').hidden = false;
    const expiresAt = Date.parse(response.headers.get('X-Realtime-Call-Expires-At'));
    clearInterval(callTimer);
    callTimer = countdown($('call-remaining'), expiresAt, () => endCall('ended by the server (maximum length)'));
  } catch (failure) {
    show('The call could not start: ' + failure.message, true);
    endCall('failed');
  }
}

async function hangUp() {
  $('hang-up').disabled = true;
  try {
    const response = await fetch(`realtime/calls/${encodeURIComponent(callId)}/hangup`, {
      method: 'POST',
      headers: csrfHeaders(),
    });
    if (!response.ok && response.status !== 404) {
      show(await explain(response, 'hangup'), true);
    }
  } finally {
    endCall('hung up');
    $('hang-up').disabled = false;
  }
}

function endCall(state) {
  clearInterval(callTimer);
  if (peer) {
    peer.close();
    peer = null;
  }
  $('call-state').textContent = state;
  $('call-remaining').textContent = '';
  $('hang-up').hidden = true;
  $('start-call').disabled = false;
}

async function whoAmI() {
  const response = await fetch('api/me');
  if (response.ok) {
    const me = await response.json();
    $('signed-in-as').textContent = me.name;
    $('fake-note').hidden = !me.embedded;
  }
}

$('get-token').addEventListener('click', getToken);
$('start-call').addEventListener('click', startCall);
$('hang-up').addEventListener('click', hangUp);
$('reveal').addEventListener('change', renderSecret);
whoAmI();
