// Supabase Edge function: a token per request, for the caller's own room.
import { Video } from 'npm:@vonage/video';
import { createClient } from 'npm:@supabase/supabase-js';

const video = new Video({ applicationId: Deno.env.get('VONAGE_APPLICATION_ID')!, privateKey: Deno.env.get('VONAGE_PRIVATE_KEY')! });

Deno.serve(async request => {
  const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_ANON_KEY')!, { global: { headers: { Authorization: request.headers.get('Authorization')! } } });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return new Response('unauthorised', { status: 401 });
  const { data: room } = await supabase.from('rooms').select('session_id, host_id').single();
  const role = room.host_id === user.id ? 'moderator' : 'subscriber';
  const token = video.generateClientToken(room.session_id, { role, expireTime: Math.floor(Date.now() / 1000) + 3600 });
  return Response.json({ token });
});
